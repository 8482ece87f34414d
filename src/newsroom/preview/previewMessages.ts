// The draft as the preview frame gets it: from the editor (the frame's parent, same origin)
// by postMessage, as data the reader's components render. Nothing in it is ever markup.

export const PREVIEW_PATH = '/redaktion/forhandsgranska';
export const READY = 'rattslaget-preview-ready';
export const DRAFT = 'rattslaget-preview-draft';

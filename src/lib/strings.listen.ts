/**
 * The listen control's strings: part of the interface's strings (strings.ts), in a
 * file of their own so that they load with the control, after the article is painted.
 */
export const listenStrings = {
  controls: 'Uppläsning',
  listen: 'Lyssna',
  pause: 'Pausa',
  resume: 'Fortsätt',
  stop: 'Stoppa',
  paused: 'Uppläsningen är pausad.',
  noVoice: 'Uppläsning går inte: webbläsaren har ingen svensk röst. Lägg till en svensk röst i enhetens inställningar för tal och försök igen.',
  unsupported: 'Uppläsning går inte i den här webbläsaren.',
  chart: (title: string) => `Diagram: ${title}.`,
  quoteBy: (speaker: string) => `Det säger ${speaker}.`,
} as const;

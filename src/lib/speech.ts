import { useCallback, useEffect, useRef, useState } from 'react';

// Reading text aloud with the browser's speech synthesis, one part (a paragraph) at a
// time, so that the part being read is known and long texts are not cut off (Chrome
// stops a single long utterance after a while).

export type SpeechState = 'idle' | 'playing' | 'paused';
/** Why nothing is read: no speech synthesis at all, or no voice for the language. */
export type SpeechProblem = 'unsupported' | 'noVoice';

/** Voices often load after the page: they are waited for this long at most. */
const VOICES_WAIT_MS = 1500;

function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The voice for `lang` (e.g. sv-SE): that exact one if there is one, else one of the same language. */
export function pickVoice(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const language = wanted.split('-')[0];
  const normal = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return voices.find((voice) => normal(voice) === wanted) ?? voices.find((voice) => normal(voice).split('-')[0] === language);
}

/**
 * Reads `parts` in order in `lang`. `current` is the index of the part being read.
 * Stops when the component unmounts or the page is left.
 */
export function useSpeech(parts: string[], lang: string) {
  const [state, setState] = useState<SpeechState>('idle');
  const [current, setCurrent] = useState<number | null>(null);
  const [problem, setProblem] = useState<SpeechProblem | null>(null);
  // Each start gets a new run; events from a cancelled run are ignored.
  const run = useRef(0);
  const speaking = useRef(false);

  const stop = useCallback(() => {
    run.current += 1;
    if (speaking.current) window.speechSynthesis.cancel();
    speaking.current = false;
    setState('idle');
    setCurrent(null);
  }, []);

  const start = useCallback(async () => {
    if (!('speechSynthesis' in window)) return setProblem('unsupported');
    const synth = window.speechSynthesis;
    const thisRun = (run.current += 1);
    synth.cancel();
    const voice = pickVoice(await loadVoices(synth), lang);
    if (thisRun !== run.current) return;
    if (!voice) return setProblem('noVoice');
    setProblem(null);
    setState('playing');
    speaking.current = true;
    const speak = (index: number) => {
      if (thisRun !== run.current) return;
      if (index >= parts.length) {
        speaking.current = false;
        setState('idle');
        setCurrent(null);
        return;
      }
      const utterance = new SpeechSynthesisUtterance(parts[index]);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      utterance.onstart = () => thisRun === run.current && setCurrent(index);
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        // "interrupted"/"canceled" come from our own stop; anything else ends the reading.
        if (thisRun === run.current && event.error !== 'interrupted' && event.error !== 'canceled') stop();
      };
      setCurrent(index);
      synth.speak(utterance);
    };
    speak(0);
  }, [parts, lang, stop]);

  const pause = useCallback(() => {
    window.speechSynthesis.pause();
    setState('paused');
  }, []);

  const resume = useCallback(() => {
    window.speechSynthesis.resume();
    setState('playing');
  }, []);

  // Leaving the article (another page in the app, or another site) stops the reading.
  useEffect(() => {
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [stop]);

  return { state, current, problem, start, pause, resume, stop };
}

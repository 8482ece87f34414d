import { useState } from 'react';
import buttons from '../../../components/Button.module.css';
import { Dialog } from '../../../components/Dialog';
import { formStrings } from '../../../lib/strings.forms';
import { TipForm } from './TipForm';

/** "Tipsa via e-post": opens the tip form in a dialog. */
export function TipButton({ slug }: { slug: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={buttons.secondary} onClick={() => setOpen(true)}>
        {formStrings.tips.action}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={formStrings.tips.title}>
        <TipForm slug={slug} />
      </Dialog>
    </>
  );
}

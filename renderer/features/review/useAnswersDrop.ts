import { useEffect, useRef } from 'react';
import { detectText } from '../../../shared/serializers/textEncoding';
import { DECISIONS_FORMAT } from '../../../shared/review';
import type { CadenceDb } from '../../db/database';
import { readAnswersFile, type AnswersStage } from './ImportAnswers';

// Answers files are small; anything bigger is not one (and is not read into memory).
const MAX_ANSWERS_BYTES = 5 * 1024 * 1024;

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * A review answers file dropped anywhere on the window is read (never applied) and handed to
 * `onAnswers`, which shows what it would change. Any file dropped outside a drop zone is stopped from
 * replacing the page (the browser would navigate to it, leaving Cadence with unsaved edits behind).
 * TRAP: listens on window in the capture phase only to call preventDefault on dragover; drop zones
 * inside the page (dnd-kit uses pointer events, not HTML drag and drop) are not affected.
 */
export const useAnswersDrop = (db: CadenceDb, onAnswers: (stage: AnswersStage) => void) => {
  const latest = useRef(onAnswers);
  useEffect(() => {
    latest.current = onAnswers;
  }, [onAnswers]);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file || event.dataTransfer?.files.length !== 1 || file.size > MAX_ANSWERS_BYTES || !/\.json$/i.test(file.name)) return;
      void file.arrayBuffer().then(async (buffer) => {
        const text = detectText(new Uint8Array(buffer)).text;
        // Only answers files: a backup dropped here is left to the data dialog's Import.
        if (!text.includes(DECISIONS_FORMAT)) return;
        latest.current(await readAnswersFile(db, file.name, text));
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [db]);
};

// interaction.js's page-wide part: the card's place on the page, its Mute and "Off on this site"
// with their Undo, the cards the top frame draws for small child frames, and the toolbar badge.
// It outlives each marking: the Undo toast after "Off on this site" stays when marking stops.
import { askWorker } from '../platform/messaging';
import { reportMarkCount } from './badge-report';
import { createCardView } from './card-factory';
import { createCardLookup } from './card-lookup';
import { createCardUndo } from './card-undo';
import { TopFrameCards } from './frame-card-top';
import { answerFrameMessage } from './frame-messages';
import type { InteractionHost, MarkInteraction, PageInteraction } from './interaction-types';
import { PageMarkInteraction } from './mark-interaction';
import { cardContext } from './page-context';
import { answerTabMessage, type PageAnswers, toPageMentions } from './page-mentions';

export function createInteraction(host: InteractionHost): PageInteraction {
  const { signal, onWorkerError } = host;
  let current: MarkInteraction | null = null;
  const card = createCardView(
    (fact) =>
      void askWorker('openArticle', { articleId: fact.articleId, factId: fact.id }).catch(onWorkerError),
    onWorkerError,
  );
  const cardActions = createCardUndo({
    view: card,
    reopen: (origin, control) => current?.reopenAt(origin, control) ?? false,
    theme: () => cardContext().theme,
    hostname: host.hostname,
    onError: onWorkerError,
    signal,
  });

  const top = window === window.top;
  // The toolbar badge counts what the reader's page marks: the top frame's names only.
  const badge = top
    ? reportMarkCount(
        () => host.marked()?.counts.size ?? 0,
        (count) => askWorker('reportMarkedNames', { count }).catch(onWorkerError),
        signal,
      )
    : null;
  if (badge) {
    // Restored from the back/forward cache: the browser cleared the badge, the marks are still here.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) badge.resend();
    };
    window.addEventListener('pageshow', onPageShow, { signal });
  }
  // Cards for marks in child frames too small to hold them; drawn whether or not this page marks.
  const frameCards = top
    ? new TopFrameCards(
        card,
        createCardLookup(),
        cardActions,
        () => current?.hideCard(),
        onWorkerError,
        signal,
      )
    : null;
  const answers: PageAnswers = {
    mentions() {
      const marked = host.marked();
      if (!marked) return { mentions: [], reading: false, readAt: null };
      const { counts, entities, reading, readAt } = marked;
      return { mentions: toPageMentions(counts, entities), reading, readAt };
    },
    reveal: (entityId) => current?.reveal(entityId) ?? false,
    step: (direction) => current?.step(direction) ?? false,
    showFrameCard: (frameId, request) => frameCards?.show(frameId, request) ?? false,
    closeFrameCard: (frameId) => frameCards?.leave(frameId) ?? false,
  };

  return {
    attach(page) {
      const made = new PageMarkInteraction(page, {
        card,
        lookup: createCardLookup(),
        cardActions,
        onWorkerError,
      });
      current = made;
      page.signal.addEventListener('abort', () => {
        if (current === made) current = null;
      });
      return made;
    },
    marksChanged: () => badge?.changed(),
    answerTab: (message) =>
      (top
        ? answerTabMessage(message, answers)
        : answerFrameMessage(message, () => current?.topCardClosed() ?? false)) ?? {
        ok: false,
        error: 'not a Factlens tab message',
      },
    dispose() {
      current?.dispose();
      current = null;
      card.dispose();
    },
  };
}

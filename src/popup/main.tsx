// The popup: search across the dataset, and what Factlens found on the current tab.

import type { JSX } from 'preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { CARD_CSS } from '../ui/card-styles';
import { DatasetLine, type InfoState } from './DatasetLine';
import { errorText } from './format';
import { LinkedEntity, linkedEntityId } from './LinkedEntity';
import { markTabLayout } from './layout';
import { OnPage } from './OnPage';
import { Search } from './Search';
import { Shortcuts } from './Shortcuts';
import './popup.css';

function Popup(): JSX.Element {
  const [error, setError] = useState('');
  const [info, setInfo] = useState<InfoState>({ kind: 'loading' });

  useEffect(() => {
    askWorker('getDatasetInfo', {}).then(
      (value) => setInfo({ kind: 'ready', info: value }),
      (err: unknown) => setInfo({ kind: 'error', message: errorText(err) }),
    );
  }, []);

  const openArticle = (fact: Pick<FactView, 'articleId'> & { id?: string }) => {
    setError('');
    const request = fact.id ? { articleId: fact.articleId, factId: fact.id } : { articleId: fact.articleId };
    askWorker('openArticle', request).then(
      ({ opened }) => {
        if (opened) window.close();
        else setError('That article is no longer in Factlens’s data.');
      },
      (err: unknown) => setError(`Could not open the article: ${errorText(err)}`),
    );
  };

  const openSettings = () => {
    browser.runtime.openOptionsPage().then(
      () => window.close(),
      (err: unknown) => setError(`Could not open settings: ${errorText(err)}`),
    );
  };

  const linked = linkedEntityId();
  return (
    <main>
      {linked ? <LinkedEntity entityId={linked} onOpenArticle={openArticle} /> : null}
      <Search
        info={info.kind === 'ready' ? info.info : null}
        onOpenArticle={openArticle}
        onOpenArticleById={(articleId) => openArticle({ articleId })}
      />
      <p class="error" role="alert">
        {error}
      </p>
      <OnPage onOpenArticle={openArticle} />
      <Shortcuts />
      <footer>
        <DatasetLine state={info} />
        <button type="button" class="link" onClick={openSettings}>
          Settings
        </button>
      </footer>
    </main>
  );
}

// The card styles are a string so the content script can put them in its shadow root; here they
// go into the document head once.
const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);

void markTabLayout();

const root = document.getElementById('app');
if (root) render(<Popup />, root);

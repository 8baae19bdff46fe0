// An infinite-scroll feed: when the reader nears its end, the page appends 200 more stories at once
// (a sentinel watched by an IntersectionObserver, as feeds do). Every story names one place.

const FEED = `
<main id="feed"></main>
<div id="sentinel" style="height:1px"></div>
<script>
  const names = ['Moscow', 'Kyiv', 'NATO', 'Putin'];
  const feed = document.getElementById('feed');
  let stories = 0;
  const load = (count) => {
    for (let i = 0; i < count; i++, stories++) {
      const p = document.createElement('p');
      p.id = 'story-' + stories;
      p.textContent = 'Story ' + stories + ': officials in ' + names[stories % names.length] + ' spoke again on the ' + (stories % 28 + 1) + 'th about grain and gas.';
      feed.append(p);
    }
    document.body.dataset.stories = String(stories);
  };
  load(30);
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) load(200);
  }, { rootMargin: '400px' }).observe(document.getElementById('sentinel'));
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export function scrollPages(): Record<string, string> {
  return { '/infinite-feed': page('Feed', FEED) };
}

/*
 * Fills an article page's "most read" box from the language's most-read.json, which the build writes beside the
 * home page: the article pages keep their bytes when view counts change. The page has the box's places already, one
 * a story, so that filling them moves nothing on the page; the box goes only when there is nothing to show. Titles are
 * put in as text, never HTML.
 */
(function () {
  'use strict';
  var box = document.querySelector('aside.most-read[data-src]');
  if (!box) return;
  fetch(box.getAttribute('data-src')).then(function (r) {
    if (!r.ok) throw new Error('most-read.json: ' + r.status);
    return r.json();
  }).then(function (stories) {
    var places = box.querySelectorAll('ol > li');
    stories.slice(0, places.length).forEach(function (story, i) {
      var a = document.createElement('a');
      a.href = story.url;
      a.textContent = story.title;
      a.title = story.title;
      if (story.lang !== document.documentElement.lang) a.lang = story.lang;
      if (story.url === location.pathname) a.setAttribute('aria-current', 'page');
      places[i].appendChild(a);
    });
    box.hidden = stories.length === 0;
  }).catch(function () { box.hidden = true; });
})();

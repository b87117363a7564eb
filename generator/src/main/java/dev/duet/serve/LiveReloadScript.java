package dev.duet.serve;

import java.nio.charset.StandardCharsets;

/**
 * The browser side of live reload, and its injection into served HTML. The script is served as its own file rather
 * than inlined so that a page with a strict Content-Security-Policy ({@code script-src 'self'}) still runs it. It
 * reloads the page on {@code reload}, shows the build's problems in an overlay on {@code error} and removes the
 * overlay on {@code ok}. Problem text reaches the page only through {@code textContent}: a message may quote the
 * user's markup, which must never become markup itself.
 */
final class LiveReloadScript {

    static final String PATH = "/__duet/livereload.js";

    static final byte[] TAG = ("<script src=\"" + PATH + "\"></script>").getBytes(StandardCharsets.UTF_8);

    static final byte[] SOURCE = """
            // Duet live reload: served by the preview server only, never written to the site.
            (function () {
              'use strict';
              var OVERLAY_ID = '__duet-overlay';
              // A page shown while the first build runs asks to be told when it ends, even if it ended before this
              // page connected.
              var waiting = document.querySelector('meta[name="duet-building"]') !== null;
              var source = new EventSource('/__duet/events' + (waiting ? '?building' : ''));

              function removeOverlay() {
                var old = document.getElementById(OVERLAY_ID);
                if (old) { old.remove(); }
              }

              function showOverlay(problems) {
                removeOverlay();
                var box = document.createElement('div');
                box.id = OVERLAY_ID;
                box.setAttribute('role', 'alert');
                box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;'
                  + 'z-index:2147483647;margin:0;padding:12px 16px;background:#2b0d0d;color:#ffd7d7;'
                  + 'font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;'
                  + 'border-top:3px solid #e5484d;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
                var close = document.createElement('button');
                close.type = 'button';
                close.textContent = '\\u00d7';
                close.setAttribute('aria-label', 'Close');
                close.style.cssText = 'float:right;background:none;border:0;color:inherit;font-size:18px;cursor:pointer';
                close.addEventListener('click', removeOverlay);
                box.appendChild(close);
                var title = document.createElement('strong');
                title.textContent = 'Duet found errors \\u2014 a page with one keeps its last good version';
                box.appendChild(title);
                var list = document.createElement('ul');
                list.style.cssText = 'margin:8px 0 0;padding-left:20px';
                problems.forEach(function (problem) {
                  var item = document.createElement('li');
                  item.textContent = problem.text;
                  list.appendChild(item);
                });
                box.appendChild(list);
                (document.body || document.documentElement).appendChild(box);
              }

              // The translation desk's notes on the article shown: a translation missing, behind or disagreeing.
              function showNotes(notes) {
                var box = document.createElement('div');
                box.id = '__duet-notes';
                box.setAttribute('role', 'status');
                box.style.cssText = 'position:fixed;right:12px;bottom:12px;max-width:min(32rem,calc(100vw - 24px));'
                  + 'max-height:40vh;overflow:auto;z-index:2147483646;padding:10px 14px;background:#fff8e1;'
                  + 'color:#3d2c00;font:13px/1.5 system-ui,sans-serif;border:1px solid #e0b34a;border-radius:6px;'
                  + 'box-shadow:0 2px 10px rgba(0,0,0,.2)';
                var close = document.createElement('button');
                close.type = 'button';
                close.textContent = '\u00d7';
                close.setAttribute('aria-label', 'Close');
                close.style.cssText = 'float:right;background:none;border:0;color:inherit;font-size:16px;cursor:pointer';
                close.addEventListener('click', function () { box.remove(); });
                box.appendChild(close);
                // A draft shown by duet:serve -Dduet.drafts=true first, then the desk's findings.
                [['preview.draft', 'Draft \u00b7 \u8349\u7a3f'],
                 [null, 'Translation desk \u00b7 \u7ffb\u8bd1\u68c0\u67e5']].forEach(function (part) {
                  var mine = notes.filter(function (note) {
                    return part[0] ? note.code === part[0] : note.code !== 'preview.draft';
                  });
                  if (!mine.length) { return; }
                  var title = document.createElement('strong');
                  title.style.display = 'block';
                  title.textContent = part[1];
                  box.appendChild(title);
                  var list = document.createElement('ul');
                  list.style.cssText = 'margin:6px 0;padding-left:18px';
                  mine.forEach(function (note) {
                    var item = document.createElement('li');
                    item.textContent = note.file + ': ' + note.message;
                    list.appendChild(item);
                  });
                  box.appendChild(list);
                });
                (document.body || document.documentElement).appendChild(box);
              }

              if (!waiting && window.fetch) {
                fetch('/__duet/notes?page=' + encodeURIComponent(location.pathname))
                  .then(function (response) { return response.ok ? response.json() : { problems: [] }; })
                  .then(function (data) { if (data.problems && data.problems.length) { showNotes(data.problems); } })
                  .catch(function () { /* the preview stopped: nothing to note */ });
              }

              source.addEventListener('reload', function () { location.reload(); });
              source.addEventListener('ok', removeOverlay);
              source.addEventListener('error', function (event) {
                // EventSource fires a plain 'error' without data when the connection drops; it retries by itself
                if (typeof event.data !== 'string') { return; }
                var problems;
                try { problems = JSON.parse(event.data).problems || []; }
                catch (e) { problems = [{ text: event.data }]; }
                showOverlay(problems);
              });
            })();
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private LiveReloadScript() {
    }

    /** A copy of the page with the script tag before its last {@code </body>}, or at its end when there is none. */
    static byte[] inject(byte[] html) {
        int at = lastBodyEnd(html);
        int insertAt = at < 0 ? html.length : at;
        byte[] out = new byte[html.length + TAG.length];
        System.arraycopy(html, 0, out, 0, insertAt);
        System.arraycopy(TAG, 0, out, insertAt, TAG.length);
        System.arraycopy(html, insertAt, out, insertAt + TAG.length, html.length - insertAt);
        return out;
    }

    // byte search, ASCII case-insensitive: no need to decode the page to find a tag written in ASCII
    private static int lastBodyEnd(byte[] html) {
        outer:
        for (int i = html.length - BODY_END.length; i >= 0; i--) {
            for (int j = 0; j < BODY_END.length; j++) {
                int b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != BODY_END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

/*
 * Lectern's only script. The pages work without it: table-of-contents links go through
 * the server's jump endpoint, which records the visit. With it, TOC clicks scroll in place,
 * sections the reader scrolls through count as read, and visits are saved in batches.
 */
(function () {
  "use strict";

  // After an answer the page opens at its feedback (#feedback), which the browser focuses so
  // that a screen reader reads the verdict first. Sighted readers also want the question and
  // the options they chose from: show the quiz from its top, keeping the focus on the verdict.
  if (window.location.hash === "#feedback") {
    window.addEventListener("load", function () {
      var quiz = document.getElementById("quiz");
      var feedback = document.getElementById("feedback");
      if (quiz && feedback) {
        setTimeout(function () {
          quiz.scrollIntoView({ block: "start" });
          feedback.focus({ preventScroll: true });
        }, 0);
      }
    });
  }

  // Printing: the answers of the frequent questions print even where the reader left them
  // closed (the stylesheet does the same with ::details-content where browsers support it),
  // and they close again afterwards. The "start over" form is not printed and stays as it was.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.faq:not([open])").forEach(function (details) {
      details.open = true;
      openedForPrint.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) {
      details.open = false;
    });
    openedForPrint = [];
  });
})();

(function () {
  "use strict";

  var lesson = document.querySelector("main[data-lesson]");
  var panel = document.querySelector(".toc-panel[data-sync-url]");
  if (!lesson || !panel || !window.fetch) {
    return;
  }

  var syncUrl = panel.getAttribute("data-sync-url");
  var csrfToken = meta("_csrf");
  var csrfHeader = meta("_csrf_header") || "X-CSRF-TOKEN";
  var storageKey = "lectern.pending:" + lesson.getAttribute("data-lesson");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  var lastSyncEl = document.querySelector("[data-last-sync]");
  var percentEl = panel.querySelector("[data-progress-percent]");
  var barEl = panel.querySelector("[data-progress-bar]");
  var leftEl = panel.querySelector("[data-progress-left]");
  var links = Array.prototype.slice.call(panel.querySelectorAll(".toc-list__link[data-anchor]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-section]"));

  var read = {};
  panel.querySelectorAll(".toc-list__item.is-read").forEach(function (item) {
    read[item.getAttribute("data-anchor")] = true;
  });

  // Visits not yet acknowledged by the server survive a reload in sessionStorage.
  var pending = loadPending();
  var sending = false;
  var timer = null;
  var retryDelay = 2000;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  function loadPending() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || "[]");
      return Array.isArray(saved) ? saved : [];
    } catch (e) {
      return [];
    }
  }

  function storePending() {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(pending));
    } catch (e) {
      // storage full or disabled: the visits stay in memory
    }
  }

  function visit(anchor) {
    if (read[anchor] || pending.indexOf(anchor) >= 0) {
      return;
    }
    pending.push(anchor);
    storePending();
    schedule(800);
  }

  function schedule(delay) {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(send, delay);
  }

  function send(keepalive) {
    timer = null;
    if (sending || pending.length === 0) {
      return;
    }
    var batch = pending.slice(0, 50);
    var body = new URLSearchParams();
    batch.forEach(function (anchor) {
      body.append("section", anchor);
    });
    var headers = { "Accept": "application/json" };
    if (csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    sending = true;
    fetch(syncUrl, {
      method: "POST",
      headers: headers,
      body: body,
      credentials: "same-origin",
      keepalive: keepalive === true
    }).then(function (response) {
      sending = false;
      if (response.ok) {
        return response.json().then(function (answer) {
          drop(batch);
          retryDelay = 2000;
          apply(answer);
          if (pending.length) {
            schedule(100);
          }
        });
      }
      if (response.status === 400) {
        // the server named something it does not know: resending would never succeed
        drop(batch);
        return;
      }
      unsynced(response.status === 403
        ? "not saved: reload the page to keep syncing"
        : "not saved yet, retrying");
      retry();
    }).catch(function () {
      sending = false;
      unsynced("offline, will sync when back");
      retry();
    });
  }

  function drop(batch) {
    pending = pending.filter(function (anchor) {
      return batch.indexOf(anchor) < 0;
    });
    storePending();
  }

  function retry() {
    schedule(retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function apply(answer) {
    percentEl.textContent = answer.percent + "%";
    barEl.value = answer.percent;
    barEl.textContent = answer.percent + "%";
    leftEl.textContent = answer.minutesLeft + " min left";
    answer.sectionsRead.forEach(markRead);
    if (lastSyncEl) {
      lastSyncEl.setAttribute("data-last-sync-at", answer.lastSyncAt || "");
      lastSyncEl.textContent = answer.lastSync;
    }
  }

  function unsynced(state) {
    if (!lastSyncEl) {
      return;
    }
    var at = lastSyncEl.getAttribute("data-last-sync-at");
    lastSyncEl.textContent = (at ? describe(new Date(at)) : "Not yet") + " (" + state + ")";
  }

  function markRead(anchor) {
    read[anchor] = true;
    var item = panel.querySelector('.toc-list__item[data-anchor="' + cssEscape(anchor) + '"]');
    if (item && !item.classList.contains("is-read")) {
      item.classList.add("is-read");
      var state = item.querySelector(".toc-list__state");
      if (state) {
        state.textContent = "(read)";
      }
    }
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/"/g, '\\"');
  }

  // "Last Sync" wording, the same rules as the server's, kept fresh while the page is open.
  function describe(date) {
    var now = new Date();
    var seconds = (now - date) / 1000;
    if (seconds < 60) {
      return "just now";
    }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
      return minutes === 1 ? "1 minute ago" : minutes + " minutes ago";
    }
    var day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var days = Math.round((today - day) / 86400000);
    if (days === 0) {
      return "Today";
    }
    if (days === 1) {
      return "Yesterday";
    }
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  }

  function refreshLastSync() {
    if (!lastSyncEl || pending.length) {
      return;
    }
    var at = lastSyncEl.getAttribute("data-last-sync-at");
    if (at) {
      var text = describe(new Date(at));
      if (lastSyncEl.textContent !== text) {
        lastSyncEl.textContent = text;
      }
    }
  }

  // TOC clicks: scroll in place, move focus to the section, record the visit.
  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      var anchor = link.getAttribute("data-anchor");
      var heading = document.getElementById(anchor);
      if (!heading) {
        return;
      }
      event.preventDefault();
      settleAfterJump(reduceMotion ? 100 : 1000);
      heading.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "start" });
      heading.focus({ preventScroll: true });
      if (window.history && history.replaceState) {
        history.replaceState(null, "", "#" + anchor);
      }
      setCurrent(anchor);
      visit(anchor);
    });
  });

  // A section counts as read once its top and its end have both been on screen and it is
  // still on screen a moment later. Sections that fly past during a TOC jump do not count:
  // edges seen while the page scrolls itself are ignored, and the screen is looked at
  // again when the jump has settled.
  var jumpingUntil = 0;
  var seen = {};
  var observer = null;

  function consider(anchor) {
    var state = seen[anchor];
    if (!state || !state.top || !state.end || !state.visible || state.timer || read[anchor]) {
      return;
    }
    state.timer = setTimeout(function () {
      state.timer = null;
      if (state.visible) {
        visit(anchor);
      }
    }, 400);
  }

  function onScreen(el) {
    var rect = el.getBoundingClientRect();
    return rect.bottom >= 0 && rect.top <= window.innerHeight;
  }

  function settleAfterJump(delay) {
    jumpingUntil = Date.now() + delay;
    setTimeout(function () {
      sections.forEach(function (section) {
        var anchor = section.getAttribute("data-section");
        var state = seen[anchor];
        if (!state) {
          return;
        }
        state.visible = onScreen(section);
        if (state.topEl && onScreen(state.topEl)) {
          state.top = true;
        }
        if (state.endEl && onScreen(state.endEl)) {
          state.end = true;
        }
        consider(anchor);
      });
    }, delay + 50);
  }

  if ("IntersectionObserver" in window) {
    observer = new IntersectionObserver(function (entries) {
      var jumping = Date.now() < jumpingUntil;
      entries.forEach(function (entry) {
        var anchor = entry.target.getAttribute("data-watch");
        var edge = entry.target.getAttribute("data-edge");
        var state = seen[anchor];
        if (edge === "section") {
          state.visible = entry.isIntersecting;
          if (!entry.isIntersecting && state.timer) {
            clearTimeout(state.timer);
            state.timer = null;
          }
        } else if (entry.isIntersecting && !jumping) {
          state[edge] = true;
        }
        if (!jumping) {
          consider(anchor);
        }
      });
    });
    sections.forEach(function (section) {
      var anchor = section.getAttribute("data-section");
      var heading = section.querySelector("[id]");
      var end = document.createElement("span");
      end.className = "section-end";
      end.setAttribute("aria-hidden", "true");
      section.appendChild(end);
      seen[anchor] = { topEl: heading, endEl: end };
      [[section, "section"], [heading, "top"], [end, "end"]].forEach(function (pair) {
        if (pair[0]) {
          pair[0].setAttribute("data-watch", anchor);
          pair[0].setAttribute("data-edge", pair[1]);
          observer.observe(pair[0]);
        }
      });
    });
  }

  // The section being read is marked in the TOC with aria-current="location".
  function setCurrent(anchor) {
    links.forEach(function (link) {
      if (link.getAttribute("data-anchor") === anchor) {
        link.setAttribute("aria-current", "location");
      } else {
        link.removeAttribute("aria-current");
      }
    });
  }

  var ticking = false;
  function onScroll() {
    if (ticking) {
      return;
    }
    ticking = true;
    window.requestAnimationFrame(function () {
      ticking = false;
      var line = window.innerHeight * 0.35;
      var current = null;
      sections.forEach(function (section) {
        if (section.getBoundingClientRect().top <= line) {
          current = section.getAttribute("data-section");
        }
      });
      if (current) {
        setCurrent(current);
      }
    });
  }
  window.addEventListener("scroll", onScroll, { passive: true });
  onScroll();

  window.addEventListener("online", function () {
    retryDelay = 2000;
    schedule(0);
  });
  window.addEventListener("pagehide", function () {
    if (pending.length) {
      send(true);
    }
  });
  setInterval(refreshLastSync, 30000);

  if (pending.length) {
    schedule(0);
  }
})();

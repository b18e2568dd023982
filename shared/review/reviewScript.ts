import { PACK_CANONICAL_SOURCE, PACK_SHA256_SOURCE } from './packCrypto';

/**
 * The review pack's one script (plain ES2020, run in the client's browser from a file:// page): the
 * reviewer's name, Approve / Request changes / Comment per post, a comment on the whole period,
 * answers kept in localStorage under the pack's id, and "Save my answers" downloading the decisions
 * file (Blob + <a download>, no network) with its checksum (decisions.ts).
 *
 * TRAP: it is a STRING, not a function serialised with toString(). toString() returns the source as
 * the current transpiler left it (esbuild in Vite and vitest, Babel in Playwright, tsc for the CLI:
 * injected helpers such as __name(), renamed variables, changed whitespace), so the script's bytes
 * and its CSP hash would differ from one build to the next, breaking byte-identical packs, and could
 * call helpers the pack does not have. A string is the same bytes everywhere. The price: no type
 * checking here; tests/unit/reviewPack.test.ts parses it, and tests/e2e/reviewPack.spec.ts runs it.
 * Rules inside: DOM built with createElement + textContent only (never innerHTML: user text passes
 * through here), no style="" (CSP), no backtick and no "${" (this is a template literal).
 */
const MAIN = String.raw`
  var data = JSON.parse(document.getElementById('pack-data').textContent);
  var S = data.strings;
  var KEY = 'cadence-review:' + data.packId;
  var storageOk = true;
  var state = { reviewer: '', month: '', posts: {} };

  var fill = function (t, values) {
    return t.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? String(values[name]) : whole; });
  };
  var el = function (tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  };
  var isComment = function (c) { return c && typeof c.text === 'string' && c.text.trim() !== '' && typeof c.at === 'string'; };

  try {
    var stored = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    if (stored && typeof stored === 'object') {
      if (typeof stored.reviewer === 'string') state.reviewer = stored.reviewer;
      if (typeof stored.month === 'string') state.month = stored.month;
      data.posts.forEach(function (p) {
        var e = stored.posts && stored.posts[p.id];
        if (!e || typeof e !== 'object') return;
        state.posts[p.id] = {
          decision: e.decision === 'approved' || e.decision === 'changes' ? e.decision : null,
          comments: Array.isArray(e.comments) ? e.comments.filter(isComment) : []
        };
      });
    }
  } catch (error) {
    storageOk = false;
  }
  var entry = function (id) {
    if (!state.posts[id]) state.posts[id] = { decision: null, comments: [] };
    return state.posts[id];
  };
  var persist = function () {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      storageOk = false;
    }
    renderProgress();
  };

  var renderers = [];
  var progress = el('p', { id: 'progress', 'aria-live': 'polite' });
  var storageNote = el('p', { class: 'muted' });

  var reviewer = document.getElementById('reviewer');
  var nameInput = el('input', { type: 'text', id: 'reviewer-name', maxlength: '80', autocomplete: 'name', 'aria-describedby': 'reviewer-hint' });
  nameInput.value = state.reviewer;
  nameInput.addEventListener('input', function () { state.reviewer = nameInput.value; persist(); });
  reviewer.appendChild(el('label', { for: 'reviewer-name' }, S.nameLabel));
  reviewer.appendChild(nameInput);
  reviewer.appendChild(el('p', { id: 'reviewer-hint', class: 'muted' }, S.nameHint));
  reviewer.appendChild(storageNote);

  data.posts.forEach(function (post, index) {
    var box = document.querySelector('.answer[data-index="' + index + '"]');
    var chip = document.querySelector('.chip[data-index="' + index + '"]');
    if (!box) return;
    var status = el('p', { class: 'state', 'aria-live': 'polite' });
    var approve = el('button', { type: 'button', 'aria-pressed': 'false' }, S.approve);
    var changes = el('button', { type: 'button', 'aria-pressed': 'false' }, S.requestChanges);
    var commentId = 'comment-' + index;
    var textarea = el('textarea', { id: commentId, maxlength: '5000', rows: '3' });
    var addComment = el('button', { type: 'button' }, S.comment);
    var note = el('p', { class: 'note', role: 'status' });
    var threadHeading = el('h4', {}, S.yourComments);
    var thread = el('ol', { class: 'thread' });
    var buttons = el('div', { class: 'buttons', role: 'group', 'aria-label': post.title });
    buttons.appendChild(approve);
    buttons.appendChild(changes);
    var commentButtons = el('div', { class: 'buttons' });
    commentButtons.appendChild(addComment);
    [el('h4', {}, S.answerHeading), status, buttons, el('label', { for: commentId }, S.commentLabel), textarea, commentButtons, note, threadHeading, thread].forEach(function (n) { box.appendChild(n); });

    var render = function () {
      var e = state.posts[post.id] || { decision: null, comments: [] };
      status.setAttribute('data-answer', e.decision || 'none');
      status.textContent = e.decision === 'approved' ? S.answerApproved : e.decision === 'changes' ? S.answerChanges : S.answerNone;
      approve.setAttribute('aria-pressed', String(e.decision === 'approved'));
      changes.setAttribute('aria-pressed', String(e.decision === 'changes'));
      if (chip) {
        chip.setAttribute('data-answer', e.decision || 'none');
        chip.querySelector('.mark').textContent = e.decision === 'approved' ? '\u2713 ' : e.decision === 'changes' ? '! ' : '';
      }
      thread.textContent = '';
      threadHeading.hidden = e.comments.length === 0;
      e.comments.forEach(function (c, i) {
        var li = el('li', {}, c.text + ' ');
        var remove = el('button', { type: 'button', class: 'link' }, S.removeComment);
        remove.addEventListener('click', function () {
          entry(post.id).comments.splice(i, 1);
          persist();
          render();
          textarea.focus();
        });
        li.appendChild(remove);
        thread.appendChild(li);
      });
    };
    renderers.push(render);

    var takeComment = function () {
      var text = textarea.value.trim();
      if (text === '') return false;
      entry(post.id).comments.push({ text: text, at: new Date().toISOString() });
      textarea.value = '';
      return true;
    };
    approve.addEventListener('click', function () {
      var e = entry(post.id);
      e.decision = e.decision === 'approved' ? null : 'approved';
      note.textContent = '';
      takeComment();
      persist();
      render();
    });
    changes.addEventListener('click', function () {
      var e = entry(post.id);
      var added = takeComment();
      if (e.decision === 'changes' && !added) {
        e.decision = null;
        note.textContent = '';
      } else {
        e.decision = 'changes';
        note.textContent = added || e.comments.length > 0 ? '' : S.changesNeedComment;
        if (!added && e.comments.length === 0) textarea.focus();
      }
      persist();
      render();
    });
    addComment.addEventListener('click', function () {
      if (takeComment()) {
        note.textContent = '';
        persist();
        render();
      } else {
        note.textContent = S.commentEmpty;
        textarea.focus();
      }
    });
    render();
  });

  var month = document.getElementById('month');
  var monthText = el('textarea', { id: 'month-comment', maxlength: '5000', rows: '4' });
  monthText.value = state.month;
  monthText.addEventListener('input', function () { state.month = monthText.value; persist(); });
  month.appendChild(el('h2', {}, S.monthHeading));
  month.appendChild(el('label', { for: 'month-comment' }, S.monthLabel));
  month.appendChild(monthText);

  var bar = document.getElementById('savebar');
  var saveNote = el('p', { id: 'save-note', role: 'status' });
  var save = el('button', { type: 'button', class: 'primary' }, S.save);
  var texts = el('div');
  texts.appendChild(progress);
  texts.appendChild(saveNote);
  bar.appendChild(texts);
  bar.appendChild(save);

  function renderProgress() {
    var approved = 0, changed = 0, comments = 0;
    data.posts.forEach(function (p) {
      var e = state.posts[p.id];
      if (!e) return;
      if (e.decision === 'approved') approved += 1;
      if (e.decision === 'changes') changed += 1;
      comments += e.comments.length;
    });
    progress.textContent = fill(S.progress, { approved: approved, changes: changed, comments: comments, total: data.posts.length });
    storageNote.textContent = storageOk ? S.kept : S.storageOff;
  }

  save.addEventListener('click', function () {
    var name = state.reviewer.trim();
    if (name === '') {
      saveNote.textContent = S.needName;
      nameInput.focus();
      return;
    }
    var posts = [];
    data.posts.forEach(function (p) {
      var e = state.posts[p.id];
      if (!e || (e.decision === null && e.comments.length === 0)) return;
      posts.push({ id: p.id, revision: p.revision, decision: e.decision, comments: e.comments.map(function (c) { return { text: c.text, at: c.at }; }) });
    });
    var body = { format: 'cadence-review-decisions', version: 1, packId: data.packId, clientId: data.clientId, reviewer: name, savedAt: new Date().toISOString(), posts: posts };
    if (state.month.trim() !== '') body.month = { comment: state.month.trim() };
    body.checksum = packSha256(packCanonicalJson(body));
    var blob = new Blob([JSON.stringify(body, null, 2) + '\n'], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = el('a', { href: url, download: data.fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    saveNote.textContent = fill(S.saved, { file: data.fileName });
  });

  renderProgress();
`;

/** The exact text of the pack's <script> element (its CSP hash is computed over these bytes). */
export const REVIEW_SCRIPT = `(function () {\n'use strict';\n${PACK_SHA256_SOURCE}\n${PACK_CANONICAL_SOURCE}\n${MAIN}})();\n`;

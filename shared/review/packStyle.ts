/**
 * The review pack's whole stylesheet, inlined in one <style> element whose SHA-256 the pack's
 * Content-Security-Policy lists. Light and dark follow the reader's system (prefers-color-scheme);
 * readable from a 390 px phone to a desktop; printable (issue part 6): the print rules force light colours
 * (a dark system theme must not print black pages), hide the answer controls, and start the list on a new
 * page after the calendar.
 * TRAP: the CSP allows this exact text only, and no style="" attribute anywhere (neither in the
 * builder's markup nor set by the script as an attribute): an inline style would be refused and
 * reported as a CSP violation, which the e2e test counts.
 */
export const PACK_STYLE = `:root{color-scheme:light dark;--bg:#f7f7f8;--panel:#fff;--text:#1c1c21;--muted:#5b5b66;--line:#d9d9e0;--accent:#3b3bc4;--accent-text:#fff;--ok:#17703a;--ok-bg:#e3f5e9;--warn:#8a4b00;--warn-bg:#fdf0dc;--chip:#eef0ff;--out:#ececf0;--focus:#3b3bc4}
@media (prefers-color-scheme:dark){:root{--bg:#15161a;--panel:#1f2026;--text:#ececf1;--muted:#a4a4b2;--line:#393a44;--accent:#9fa4ff;--accent-text:#12131a;--ok:#7ddc9c;--ok-bg:#173824;--warn:#ffc37a;--warn-bg:#3d2a10;--chip:#2a2c3d;--out:#1a1b20;--focus:#9fa4ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding-bottom:6rem}
main{max-width:1100px;margin:0 auto;padding:1.25rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:.25rem 0 .5rem;overflow-wrap:anywhere}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:1rem 0 .35rem}
p{margin:.35rem 0}
.muted{color:var(--muted)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:1rem}
.grid-wrap{overflow-x:auto}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed;background:var(--panel);min-width:320px}
.grid th{font-size:.8rem;color:var(--muted);font-weight:600;padding:.4rem .25rem;text-align:left;border-bottom:1px solid var(--line)}
.grid td{vertical-align:top;border:1px solid var(--line);height:5.5rem;padding:.25rem}
.grid td.out{background:var(--out);color:var(--muted)}
.grid .day{font-size:.8rem;font-weight:600;display:block}
.chip{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;margin:.2rem 0;padding:.1rem .3rem;border-radius:5px;background:var(--chip);color:var(--text);font-size:.78rem;line-height:1.3;text-decoration:none;overflow:hidden;overflow-wrap:anywhere}
.chip:hover{text-decoration:underline}
.chip .mark{font-weight:700}
.chip[data-answer=approved]{background:var(--ok-bg)}
.chip[data-answer=changes]{background:var(--warn-bg)}
.posts{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.post{scroll-margin-top:1rem}
.meta{display:flex;flex-wrap:wrap;gap:.35rem .9rem;font-size:.9rem;color:var(--muted);margin:0;padding:0;list-style:none}
.meta b{color:var(--text);font-weight:600}
.when{font-weight:600}
.preview{border:1px solid var(--line);border-radius:10px;padding:.75rem;max-width:34rem;background:var(--bg)}
.preview .who{font-weight:700;font-size:.9rem;margin-bottom:.25rem}
.caption{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.more{color:var(--muted);font-weight:600}
.hashtags{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;margin:0;padding:0}
.hashtags li{background:var(--chip);border-radius:999px;padding:0 .55rem;font-size:.9rem}
.media{display:flex;flex-wrap:wrap;gap:.5rem}
.media img{width:120px;height:120px;object-fit:cover;border-radius:8px;border:1px solid var(--line)}
.alts{margin:.25rem 0 0;padding:0;list-style:none}.alts li{margin:.15rem 0}
.answer{margin-top:1rem;border-top:1px solid var(--line);padding-top:.75rem}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
button{font:inherit;border:1px solid var(--line);background:var(--panel);color:var(--text);border-radius:8px;padding:.45rem .9rem;cursor:pointer;min-height:44px}
button:hover{border-color:var(--accent)}
button[aria-pressed=true]{background:var(--accent);color:var(--accent-text);border-color:var(--accent)}
button.primary{background:var(--accent);color:var(--accent-text);border-color:var(--accent);font-weight:600}
button.link{border:0;background:none;color:var(--accent);padding:0 .25rem;min-height:0;text-decoration:underline}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
input[type=text],textarea{font:inherit;width:100%;max-width:34rem;border:1px solid var(--line);border-radius:8px;padding:.5rem;background:var(--panel);color:var(--text)}
textarea{min-height:4.5rem;resize:vertical}
.state{font-weight:600}
.state[data-answer=approved]{color:var(--ok)}
.state[data-answer=changes]{color:var(--warn)}
.note{font-size:.9rem;color:var(--warn);min-height:1.2em}
.thread{margin:.5rem 0;padding-left:1.1rem}
.thread li{margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.savebar{position:fixed;left:0;right:0;bottom:0;background:var(--panel);border-top:1px solid var(--line);padding:.6rem 1.25rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;justify-content:space-between;z-index:2}
.savebar p{margin:0;font-size:.9rem}
@media (max-width:640px){main{padding:.75rem}h1{font-size:1.3rem}.grid td{height:3.2rem;padding:.15rem}.grid th{font-size:.7rem;padding:.25rem .1rem}.chip{font-size:.7rem;padding:0 .15rem;-webkit-line-clamp:2}.chip .title,.grid .mon{display:none}.preview{max-width:none}.savebar{padding:.5rem .75rem}.savebar button{width:100%}}
@media print{:root{color-scheme:light;--bg:#fff;--panel:#fff;--text:#000;--muted:#444;--line:#999;--accent:#000;--chip:#fff;--ok-bg:#fff;--warn-bg:#fff;--out:#f2f2f2}@page{margin:14mm}body{padding:0;font-size:11pt}main{max-width:none;padding:0}.answer,.savebar,#reviewer,#month{display:none}.panel,.preview{border-color:var(--line)}.grid-wrap{overflow:visible}.grid tr,.post{break-inside:avoid}.grid td{height:4rem}.chip{border:1px solid var(--line);-webkit-line-clamp:3}#list-h{break-before:page}a{color:inherit;text-decoration:none}}
`;

// npm run bench: every benchmark, one after the other; the output is Markdown for bench/RESULTS.md.
import './validate-startup.mjs';
import './score-scale.mjs';
import './overlaps-scale.mjs';
import './report-scale.mjs';
import './diff-scale.mjs';
import './many-plans.mjs';
import './bad-actuals.mjs';

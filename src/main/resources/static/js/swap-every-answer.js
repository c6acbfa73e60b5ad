// The forms saved in place (edit-parts :: boost-scripts): htmx swaps in every answer's page, a refusal's (4xx) or a
// conflict's too, rather than treating it as an error and showing nothing; 204 leaves the page as it is. Set here, not
// in the layout's htmx-config meta (which htmx reads once, for every page), because only these forms want it.
// Runs after htmx (both deferred, in this order) and before htmx reads that meta, which does not name this setting.
(function () {
  'use strict';
  if (window.htmx) {
    window.htmx.config.responseHandling = [{ code: '204', swap: false }, { code: '[2345]..', swap: true, error: false }];
  }
}());

// The iframe embed's options come from its address:
//   /embed/countdown?lang=be&theme=dark&size=compact&transparent=1
// Unknown values are ignored (the widget's defaults apply). <html lang>
// follows the language the widget will speak.
(function () {
  'use strict';
  var LANGS = ['be', 'ru', 'en'];
  var query = new URLSearchParams(location.search);
  var widget = document.querySelector('solidarity-countdown');
  var asked = [query.get('lang')].concat(Array.from(navigator.languages || []));
  var lang = 'en';
  for (var i = 0; i < asked.length; i++) {
    var primary = String(asked[i] || '').split('-')[0].toLowerCase();
    if (LANGS.indexOf(primary) >= 0) {
      lang = primary;
      break;
    }
  }
  document.documentElement.lang = lang;
  widget.setAttribute('lang', lang);
  var link = widget.querySelector('a');
  if (link) link.setAttribute('href', '/' + lang + '/');
  ['theme', 'size'].forEach(function (name) {
    var value = query.get(name);
    if (value) widget.setAttribute(name, value);
  });
  var transparent = query.get('transparent');
  if (transparent !== null && transparent !== '0' && transparent !== 'false') widget.setAttribute('transparent', '');
})();

// The iframe embed's options come from its address:
//   /embed/countdown?lang=be&theme=dark&size=compact&transparent=1
// Unknown values are ignored (the widget's defaults apply). The language is
// the widget's choice, by the site's rule: the one asked for, else the
// browser's (the element's own `lang`, empty when none is asked, comes
// before the page's); the widget makes it the page's (`sets-document-lang`).
// A module: it runs before the widget's script, which comes after it.
const query = new URLSearchParams(location.search);
const widget = document.querySelector('solidarity-countdown');
widget.setAttribute('lang', query.get('lang') ?? '');
for (const name of ['theme', 'size']) {
  const value = query.get(name);
  if (value) widget.setAttribute(name, value);
}
const transparent = query.get('transparent');
if (transparent !== null && transparent !== '0' && transparent !== 'false') widget.setAttribute('transparent', '');

// The iframe embed's options come from its address:
//   /embed/countdown?lang=be&theme=dark&size=compact&transparent=1
// Unknown values are ignored (the widget's defaults apply). <html lang>
// follows the language the widget will speak. A module: it runs before the
// widget's script, which comes after it in the page.
const LANGS = ['be', 'ru', 'en'];
const query = new URLSearchParams(location.search);
const widget = document.querySelector('solidarity-countdown');
const asked = [query.get('lang'), ...(navigator.languages ?? [])];
const lang =
  asked
    .map((tag) =>
      String(tag ?? '')
        .split('-')[0]
        .toLowerCase(),
    )
    .find((primary) => LANGS.includes(primary)) ?? 'en';
document.documentElement.lang = lang;
widget.setAttribute('lang', lang);
widget.querySelector('a')?.setAttribute('href', `/${lang}/`);
for (const name of ['theme', 'size']) {
  const value = query.get(name);
  if (value) widget.setAttribute(name, value);
}
const transparent = query.get('transparent');
if (transparent !== null && transparent !== '0' && transparent !== 'false') widget.setAttribute('transparent', '');

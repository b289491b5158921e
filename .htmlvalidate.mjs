// html-validate's rules for the built pages: tests/build/html-validate.test.ts checks every page of the sample site with them.
// A JavaScript file rather than .htmlvalidate.json, so each change to the recommended rules can say why.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Search engines show about 65 characters of a title (the default allows 70): lib/seo/page-title.ts keeps every <title> within that.
    'long-title': ['error', { maxlength: 65 }],
    // The layouts write `<!doctype html>`, which the HTML standard allows in any case; the rule still holds every page to that one spelling.
    'doctype-style': ['error', { style: 'lowercase' }],
  },
};

// Messages of the shops area, namespaced under 'shops'. Mind vue-i18n's syntax in texts:
// write {'@'} for @, {'|'} for |, {'{'} for {.
export const shops = {
  ja: { shops: {} },
  en: { shops: {} },
}

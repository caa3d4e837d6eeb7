// Messages of the calendar area, namespaced under 'calendar'. Mind vue-i18n's syntax in texts:
// write {'@'} for @, {'|'} for |, {'{'} for {.
export const calendar = {
  ja: { calendar: {} },
  en: { calendar: {} },
}

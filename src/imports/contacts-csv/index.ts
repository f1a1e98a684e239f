export {
  type ContactsCsvFlavour,
  detectContactsCsvFlavour,
  readContactsCsv,
} from './read-contacts-csv.js'

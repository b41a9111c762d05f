/** Invented names and places for bench data; combinations are random and belong to nobody. */
export const FIRST_NAMES = [
  'Anna', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kiki', 'Luuk', 'Maud', 'Nadia', 'Olaf',
  'Puck', 'Quinten', 'Roos', 'Stijn', 'Tamara', 'Umut', 'Vera', 'Wout', 'Xandra', 'Yusuf', 'Zara', 'Ayoub', 'Bente', 'Cas', 'Dewi',
] as const;

export const LAST_NAMES = [
  'Akkerman', 'Beukema', 'Claassen', 'Doornbos', 'Elzinga', 'Feenstra', 'Gorter', 'Haverkamp', 'IJzerman', 'Jonkman', 'Kalsbeek',
  'Lutgens', 'Mellema', 'Noordhof', 'Ooms', 'Prinsen', 'Rozendal', 'Sikkema', 'Tjoelker', 'Uiterwijk', 'Veltkamp', 'Wieringa',
  'Ypma', 'Zuidema', 'van Aalst', 'de Boef', 'ter Horst', 'van Oord',
] as const;

export const STREETS = ['Benchlaan', 'Proefstraat', 'Meetweg', 'Lastkade', 'Testhof', 'Ijkpad', 'Tellerplein'] as const;

export const TOWN = 'Benchdorp';

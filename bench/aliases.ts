// Synthetic alias sets of the shapes a news dataset produces: full names and surnames, organisations
// with acronyms, places, and names in Cyrillic and with diacritics. All made up by combination.

import type { MatchAlias } from '../src/core/protocol';
import { rng } from './corpus';

const FIRST =
  `Anna Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Katya Luis Marta Nikolai Olga Pavel Quinn Rosa Sven
Tomas Ulla Viktor Wanda Xavier Yulia Zoran Amir Beatriz Chen Dara Emil Fiona Goran Hana Igor Jana Kofi Lena Mateo Nadia
Oskar Petra Rami Sofia Tariq Uma Vera Willem Yara Zeynep Aleksander Bianca Cyril Dorota Esteban Frida Gustav Helga Ivan
Julia Karim Lars Mira Noor Otto Paula Radek Selma Timo Ursula Vadim Wiktor Ayla Bruno Celine Darius Eva Filip Gloria
Henrik Irina Jakub Klara Leon Magda Nils Olek Pia Rafael Sara Teodor Uri Valentina Walter Zofia`.split(/\s+/);

const LAST =
  `Abrams Bauer Castellano Dvorak Eriksen Falk Gruber Hoffmann Ivanova Jansen Kowalski Lindqvist Moreau Novak
Okafor Petrov Quinlan Rossi Schmidt Tanaka Urbanek Varga Weber Xu Yilmaz Zielinski Almeida Brandt Costa Duval Engel
Fischer Garcia Horvat Ishikawa Jovanovic Keller Larsen Mendes Nowak Olsen Popescu Reyes Sato Toth Ulrich Vogel Wagner
Young Zhang Antonelli Berger Conti Dimitrov Esposito Ferreira Gallo Haas Ibrahim Jensen Kaya Lombardi Marino Nielsen
Ortiz Pavlov Rinaldi Santos Torres Uhlmann Vidal Wolf Yamamoto Zanetti Andersen Bianchi Castro Dahl Eder Fontaine
Greco Huber Iglesias Jung Koch Lange Meyer Nagy Orlov Pereira Romano Silva Tkachenko Unger Vasquez Winter`.split(
    /\s+/,
  );

const ORG_HEAD =
  `Northern Atlantic Central Eastern Western Southern United Federal National Global Pacific Baltic Alpine
Coastal Royal Civic Open Free Allied`.split(/\s+/);
const ORG_KIND =
  `Institute Council Bank Agency Union Forum Alliance Bureau Foundation Commission Authority Group Fund Academy
Society Party Front Network Museum Observatory`.split(/\s+/);
const ORG_TOPIC =
  `Energy Trade Security Research Health Water Transport Defence Media Climate Labour Science Farming Justice
Finance Shipping Mining Aviation Culture Space`.split(/\s+/);

const CYRILLIC_FIRST = [
  'Анна',
  'Борис',
  'Елена',
  'Игорь',
  'Ольга',
  'Павел',
  'Виктор',
  'Юлия',
  'Дмитрий',
  'Нина',
];
const CYRILLIC_LAST = ['Иванов', 'Петрова', 'Смирнов', 'Орлова', 'Волков', 'Козлова', 'Соколов', 'Лебедева'];
const DIACRITIC = [
  'Łódź',
  'Škoda',
  'Müller',
  'Jürgen Weiß',
  'Côte d’Ivoire',
  'São Paulo',
  'Ñuñoa',
  'Dvořák Hall',
];

function acronym(words: string[]): string {
  return words.map((w) => w.charAt(0)).join('');
}

/** Exactly `count` distinct aliases (or as many as the combinations allow), each with its entity id. */
export function generateAliases(count: number, seed = 11): MatchAlias[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const seen = new Set<string>();
  const out: MatchAlias[] = [];
  const add = (alias: string, entityId: string) => {
    if (out.length >= count || seen.has(alias)) return;
    seen.add(alias);
    out.push({ alias, entityId });
  };
  for (const name of DIACRITIC) add(name, `place-${out.length}`);
  for (let guard = 0; out.length < count && guard < count * 20; guard++) {
    const r = rand();
    if (r < 0.7) {
      const first = pick(FIRST);
      const last = pick(LAST);
      // Double-barrelled surnames keep the combination space large enough for 50,000 people.
      const surname = rand() < 0.5 ? last : `${last}-${pick(LAST)}`;
      const id = `person-${first}-${surname}`.toLowerCase();
      add(`${first} ${surname}`, id);
      if (rand() < 0.3) add(surname, id);
    } else if (r < 0.9) {
      const words = [pick(ORG_HEAD), pick(ORG_TOPIC), pick(ORG_KIND)];
      const id = `org-${words.join('-')}`.toLowerCase();
      add(words.join(' '), id);
      add(acronym(words), id);
    } else {
      const id = `person-ru-${out.length}`;
      add(`${pick(CYRILLIC_FIRST)} ${pick(CYRILLIC_LAST)}`, id);
    }
  }
  return out;
}

// The Letters screen lives with its parts in ./letters.
export { LettersScreen } from './letters/LettersScreen';

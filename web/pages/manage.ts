// The reviewer's manage page entry (/manage/:id#token).
import '../components/earful-manage-review';

// Home page entry: the company directory.
import '../components/earful-company-directory';

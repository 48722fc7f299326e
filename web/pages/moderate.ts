// Moderator console entry.
import '../components/earful-moderator-console';

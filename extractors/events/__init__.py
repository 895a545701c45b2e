"""Event extraction: triggers, typing, actors, casualties, and the events extractor."""

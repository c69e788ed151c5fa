"""Ingestion: turning files, folders and standard input into documents for the reader and the database."""

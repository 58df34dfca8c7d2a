"""Published documents: ``inspection`` recognises an upload by its content, ``files`` stores and
serves it. Announcements' tender dossiers and the ministry pages' legal documents both use them."""

"""How PostgreSQL's search documents fold Tajik, for the search to fold queries the same way
(``mia_portal.search.words``).

The documents themselves — the ``search_tg``, ``search_ru`` and ``search_en`` columns of each
searchable table, the trigger that keeps them current and the ``mia_search_document()``
function that writes them — are created by the content apps' migrations, which hold their own
copy of the SQL: what a migration does never changes with this module. Changing the folding
here needs a new migration that redefines the function and rebuilds the documents it changes;
``tests/test_migrations.py`` checks that the database folds as this module says.
"""

# Tajik folding, upper case too whatever the database's locale.
FOLD_FROM = "ҒӢҚӮҲҶЁғӣқӯҳҷё"
FOLD_TO = "ГИКУХЧЕгикухче"
# Letters Tajik documents leave out: ъ, which Latin spellings drop (translate() drops the letters
# of its second argument that have no counterpart in the third).
TAJIK_IGNORED = "Ъъ"

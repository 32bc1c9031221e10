namespace Graph.Schema.Tests.Data;

/// <summary>
/// Deterministic test data: 60 authors with 2–5 books each, 0–4 reviews per book, 0–2 comments per review; every
/// nullable column is null in some rows, and some titles hold LIKE wildcards (<c>%</c>, <c>_</c>, <c>\</c>).
/// </summary>
internal static class LibrarySeed
{
    public static void Fill(LibraryContext db)
    {
        var bookId = 0;
        var reviewId = 0;
        var commentId = 0;
        for (var a = 1; a <= 60; a++)
        {
            var author = new Author
            {
                Id = a,
                Name = $"Author {a:00}",
                Email = a % 3 == 0 ? null : $"author{a}@example.org",
                Born = a % 4 == 0 ? null : new DateOnly(1900 + a, 1 + a % 12, 1 + a % 28),
            };
            db.Authors.Add(author);
            for (var k = 0; k < 2 + a % 4; k++)
            {
                var i = ++bookId;
                var book = new Book
                {
                    Id = i,
                    Title = Title(i),
                    Subtitle = i % 4 == 0 ? null : $"Subtitle {i % 7}",
                    Pages = 100 + i * 37 % 400,
                    Rating = i % 5 == 0 ? null : i % 5,
                    Sold = 1_000_000_000L * (i % 6) + i,
                    Returned = i % 3 == 0 ? null : i * 10L,
                    Price = 5m + i * 13 % 50 + 0.25m * (i % 4),
                    Discount = i % 2 == 0 ? null : 0.5m * (i % 5),
                    Weight = 0.1 + i % 9 * 0.05,
                    Score = i % 6 == 0 ? null : i % 10 / 2.0,
                    InPrint = i % 2 == 0,
                    Signed = i % 3 == 0 ? null : i % 3 == 1,
                    Genre = (Genre)(i % 3),
                    Format = i % 4 == 0 ? null : (Format)(i % 3),
                    Isbn = new Guid($"{i:00000000}-0000-0000-0000-{i * 7919 % 1000:000000000000}"),
                    Edition = i % 5 == 0 ? null : new Guid($"{i % 9:00000000}-1111-0000-0000-000000000000"),
                    Published = new DateTime(1950 + i % 70, 1 + i % 12, 1 + i % 28, i % 24, 0, 0, DateTimeKind.Utc),
                    Withdrawn = i % 7 == 0 ? new DateTime(2020, 1 + i % 12, 1, 0, 0, 0, DateTimeKind.Utc) : null,
                    Released = new DateOnly(1950 + i % 70, 1 + i % 12, 1 + i % 28),
                    Reprinted = i % 2 == 0 ? new DateOnly(2000 + i % 20, 6, 1) : null,
                    AuthorId = a,
                };
                db.Books.Add(book);
                for (var r = 0; r < i % 5; r++)
                {
                    var review = new Review
                    {
                        Id = ++reviewId,
                        Stars = 1 + (i + r) % 5,
                        Body = $"Review {r} of book {i}",
                        Reviewer = r % 2 == 0 ? $"Reader {i % 11}" : null,
                        BookId = i,
                    };
                    db.Reviews.Add(review);
                    for (var c = 0; c < reviewId % 3; c++)
                    {
                        db.Comments.Add(new Comment { Id = ++commentId, Text = $"Comment {c}", ReviewId = review.Id });
                    }
                }
            }
        }
    }

    private static string Title(int i) => (i % 25) switch
    {
        1 => $"100% Pure {i}",
        2 => $"Under_score {i}",
        3 => $"Back\\slash {i}",
        4 => $"THE CASE {i}",
        _ => $"Book {i:0000}",
    };
}

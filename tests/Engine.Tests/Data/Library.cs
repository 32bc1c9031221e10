using Graph.Engine.Data;

namespace Graph.Engine.Tests.Data;

public enum Genre
{
    Fiction,
    Poetry,
    Science,
}

public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateOnly? Born { get; set; }

    [UseConnection]
    public List<Book> Books { get; set; } = [];
}

public sealed class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    public int Pages { get; set; }

    public int? Rating { get; set; }

    public long Sold { get; set; }

    public decimal Price { get; set; }

    public double? Weight { get; set; }

    public bool InPrint { get; set; }

    public Genre Genre { get; set; }

    public Guid Isbn { get; set; }

    public DateTime Published { get; set; }

    public int AuthorId { get; set; }

    public Author? Author { get; set; }

    public List<Review> Reviews { get; set; } = [];
}

public sealed class Review
{
    public int Id { get; set; }

    public int Stars { get; set; }

    public string Text { get; set; } = "";

    public int BookId { get; set; }
}

/// <summary>A small in-memory library: 3 authors, 8 books (with nulls), reviews.</summary>
public static class Library
{
    public static List<Author> Authors { get; } = Create();

    public static List<Book> Books => Authors.SelectMany(a => a.Books).OrderBy(b => b.Id).ToList();

    private static List<Author> Create()
    {
        var authors = new List<Author>
        {
            new() { Id = 1, Name = "Ursula", Born = new DateOnly(1929, 10, 21) },
            new() { Id = 2, Name = "Italo" },
            new() { Id = 3, Name = "Wisława", Born = new DateOnly(1923, 7, 2) },
        };
        var books = new (int Author, string Title, string? Subtitle, int Pages, int? Rating, decimal Price, double? Weight, Genre Genre)[]
        {
            (1, "A Wizard of Earthsea", null, 183, 5, 9.99m, 0.3, Genre.Fiction),
            (1, "The Dispossessed", "An Ambiguous Utopia", 387, 4, 12.50m, null, Genre.Fiction),
            (1, "The Left Hand of Darkness", null, 304, null, 11.00m, 0.45, Genre.Science),
            (2, "Invisible Cities", "Le città invisibili", 165, 5, 10.00m, 0.25, Genre.Fiction),
            (2, "If on a winter's night a traveler", null, 260, 3, 13.75m, null, Genre.Fiction),
            (2, "Cosmicomics", "100% science_fiction", 153, null, 8.25m, 0.2, Genre.Science),
            (3, "View with a Grain of Sand", null, 214, 4, 15.00m, 0.35, Genre.Poetry),
            (3, "Map", "Collected and Last Poems", 464, 5, 22.00m, 0.7, Genre.Poetry),
        };
        for (var i = 0; i < books.Length; i++)
        {
            var (authorId, title, subtitle, pages, rating, price, weight, genre) = books[i];
            var author = authors[authorId - 1];
            var book = new Book
            {
                Id = i + 1,
                Title = title,
                Subtitle = subtitle,
                Pages = pages,
                Rating = rating,
                Sold = 1_000_000L * (i + 1),
                Price = price,
                Weight = weight,
                InPrint = i % 2 == 0,
                Genre = genre,
                Isbn = new Guid($"00000000-0000-0000-0000-{i + 1:000000000000}"),
                Published = new DateTime(1960 + i * 5, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                AuthorId = authorId,
                Author = author,
            };
            for (var r = 0; r < i % 3; r++)
            {
                book.Reviews.Add(new Review { Id = i * 10 + r, Stars = 1 + (i + r) % 5, Text = $"Review {r} of {title}", BookId = book.Id });
            }

            author.Books.Add(book);
        }

        return authors;
    }
}

[Graph.Engine.Types.GraphQLName("Query")]
public sealed class LibraryQuery
{
    [UseConnection]
    public IQueryable<Book> GetBooks() => Library.Books.AsQueryable();

    [UseConnection(Paging = PagingKind.Offset)]
    public IQueryable<Author> GetAuthors() => Library.Authors.AsQueryable();

    [UseConnection(Paging = PagingKind.None)]
    public IQueryable<Book> GetBookList() => Library.Books.AsQueryable();
}

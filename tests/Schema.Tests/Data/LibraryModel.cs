using Graph.Engine.Data;
using Graph.Engine.Types;

namespace Graph.Schema.Tests.Data;

public enum Genre
{
    Fiction,
    Poetry,
    Science,
}

public enum Format
{
    Hardcover,
    Paperback,
    Ebook,
}

public class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public DateOnly? Born { get; set; }

    [UseConnection]
    public ICollection<Book> Books { get; set; } = new List<Book>();
}

/// <summary>Every scalar type the filters support, nullable and not.</summary>
public class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    public int Pages { get; set; }

    public int? Rating { get; set; }

    public long Sold { get; set; }

    public long? Returned { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public double Weight { get; set; }

    public double? Score { get; set; }

    public bool InPrint { get; set; }

    public bool? Signed { get; set; }

    public Genre Genre { get; set; }

    public Format? Format { get; set; }

    public Guid Isbn { get; set; }

    public Guid? Edition { get; set; }

    public DateTime Published { get; set; }

    public DateTime? Withdrawn { get; set; }

    public DateOnly Released { get; set; }

    public DateOnly? Reprinted { get; set; }

    public int AuthorId { get; set; }

    public Author? Author { get; set; }

    [UseConnection]
    public ICollection<Review> Reviews { get; set; } = new List<Review>();
}

public class Review
{
    public int Id { get; set; }

    public int Stars { get; set; }

    public string Body { get; set; } = "";

    public string? Reviewer { get; set; }

    public int BookId { get; set; }

    public Book? Book { get; set; }

    /// <summary>A plain (not paged) collection: projected inline with its parent.</summary>
    public ICollection<Comment> Comments { get; set; } = new List<Comment>();
}

public class Comment
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    public int ReviewId { get; set; }
}

[GraphQLName("Query")]
public sealed class LibraryQuery
{
    [UseConnection]
    public IQueryable<Book> GetBooks([Service] LibraryContext db) => db.Books;

    [UseConnection]
    public IQueryable<Author> GetAuthors([Service] LibraryContext db) => db.Authors;

    [UseConnection(Paging = PagingKind.Offset)]
    public IQueryable<Book> GetBookSegment([Service] LibraryContext db) => db.Books;

    [UseConnection(Paging = PagingKind.None)]
    public IQueryable<Review> GetReviews([Service] LibraryContext db) => db.Reviews;
}

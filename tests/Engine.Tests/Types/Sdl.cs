using Graph.Engine.Language;

namespace Graph.Engine.Tests.Types;

/// <summary>Terse constructors for hand-built SDL documents.</summary>
internal static class Sdl
{
    public static NameNode Name(string value) => new(value);

    public static NamedTypeNode Named(string name) => new(new NameNode(name));

    public static NonNullTypeNode NonNull(TypeNode type) => new(type);

    public static ListTypeNode List(TypeNode type) => new(type);

    public static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode(text, true);

    public static FieldDefinitionNode Field(string name, TypeNode type, IReadOnlyList<InputValueDefinitionNode>? arguments = null, IReadOnlyList<DirectiveNode>? directives = null, string? description = null) =>
        new(Description(description), new NameNode(name), arguments ?? [], type, directives ?? []);

    public static InputValueDefinitionNode Input(string name, TypeNode type, ValueNode? defaultValue = null, IReadOnlyList<DirectiveNode>? directives = null, string? description = null) =>
        new(Description(description), new NameNode(name), type, defaultValue, directives ?? []);

    public static ObjectTypeDefinitionNode Object(string name, params FieldDefinitionNode[] fields) =>
        new(null, new NameNode(name), [], [], fields);

    public static ObjectTypeDefinitionNode Object(string name, string[] interfaces, params FieldDefinitionNode[] fields) =>
        new(null, new NameNode(name), interfaces.Select(Named).ToArray(), [], fields);

    public static InterfaceTypeDefinitionNode Interface(string name, params FieldDefinitionNode[] fields) =>
        new(null, new NameNode(name), [], [], fields);

    public static DirectiveNode Directive(string name, params (string Name, ValueNode Value)[] arguments) =>
        new(new NameNode(name), arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value)).ToArray());

    public static DocumentNode Document(params DefinitionNode[] definitions) => new(definitions);
}

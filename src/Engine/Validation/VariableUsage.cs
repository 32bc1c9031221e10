using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// A variable used as a value, with the input type its position expects, the enclosing input type
/// (for OneOf checks) and the default value of that position, if any.
/// </summary>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphType? Type,
    GraphType? ParentType,
    ValueNode? DefaultValue);

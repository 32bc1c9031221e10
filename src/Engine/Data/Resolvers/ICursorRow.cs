namespace Graph.Engine.Data.Resolvers;

/// <summary>A <see cref="CursorRow{T}"/> whatever its node type, as <see cref="PageBuilder"/> reads it.</summary>
internal interface ICursorRow
{
    object? Node { get; }

    object?[] Keys { get; }
}

namespace Graph.Engine.Language;

/// <summary>What a visitor hook tells the traversal to do next.</summary>
public enum VisitAction
{
    /// <summary>Go on: into the node's children (from Enter) or to the next node (from Leave).</summary>
    Continue,

    /// <summary>From Enter: do not visit the node's children, and do not call Leave for it.</summary>
    Skip,

    /// <summary>Stop the whole traversal at once.</summary>
    Break,
}

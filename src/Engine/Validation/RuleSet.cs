using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>An ordered list of rules with, per node kind, the rules to call on enter and on leave.</summary>
public sealed class RuleSet
{
    public RuleSet(IReadOnlyList<ValidationRule> rules)
    {
        Rules = rules;
        var kindCount = Enum.GetValues<SyntaxKind>().Length;

        // Rules declare their kinds as bits of a ulong.
        if (kindCount > 64)
        {
            throw new InvalidOperationException("SyntaxKind has outgrown the 64-bit kind masks of ValidationRule.");
        }

        EnterByKind = new int[kindCount][];
        LeaveByKind = new int[kindCount][];
        for (var kind = 0; kind < kindCount; kind++)
        {
            var bit = 1UL << kind;
            var enter = new List<int>();
            var leave = new List<int>();
            for (var i = 0; i < rules.Count; i++)
            {
                if ((rules[i].EnterKinds & bit) != 0)
                {
                    enter.Add(i);
                }

                if ((rules[i].LeaveKinds & bit) != 0)
                {
                    leave.Add(i);
                }
            }

            EnterByKind[kind] = [.. enter];
            LeaveByKind[kind] = [.. leave];
        }
    }

    public IReadOnlyList<ValidationRule> Rules { get; }

    internal int[][] EnterByKind { get; }

    internal int[][] LeaveByKind { get; }
}

namespace ICP.Infrastructure.Identity;

/// <summary>The roles of DG REGIO staff. City officers have no role.</summary>
public static class StaffRoles
{
    /// <summary>Runs the call: full control of evaluation, selection, deadlines and staff.</summary>
    public const string ProgrammeManager = "ProgrammeManager";

    /// <summary>Scores the applications assigned to them.</summary>
    public const string Evaluator = "Evaluator";

    public static IReadOnlyList<string> All { get; } = [ProgrammeManager, Evaluator];
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatusChangeReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "ApplicationStatusChanges",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Text");

            migrationBuilder.AddColumn<int>(
                name: "VersionNumber",
                table: "ApplicationStatusChanges",
                type: "int",
                nullable: true);

            // Each statement in EXEC: the idempotent script compiles a whole IF block before it runs, when the new columns do not exist yet.
            // Rows written before the codes (ADR 18): the portal's own English texts become codes,
            // an override loses its "Override: " prefix, what people typed stays; anything else is Text.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''Text''');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''ApplicationStarted'', Reason = N'''' WHERE [From] IS NULL AND Reason = N''Application started''');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''VersionSubmitted'', VersionNumber = TRY_CAST(SUBSTRING(Reason, 9, LEN(Reason) - 18) AS int), Reason = N'''' WHERE [To] = N''Submitted'' AND IsOverride = 0 AND Reason LIKE N''Version % submitted'' AND LEN(Reason) > 18 AND TRY_CAST(SUBSTRING(Reason, 9, LEN(Reason) - 18) AS int) IS NOT NULL');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''DecisionReleased'', Reason = N'''' WHERE Reason = N''Selection decision released''');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''Override'', Reason = CASE WHEN Reason LIKE N''Override: %'' THEN SUBSTRING(Reason, 11, 1000) ELSE Reason END WHERE IsOverride = 1');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''Withdrawal'' WHERE ReasonCode = N''Text'' AND [To] = N''Withdrawn''');
                EXEC(N'UPDATE ApplicationStatusChanges SET ReasonCode = N''Decline'' WHERE ReasonCode = N''Text'' AND [To] = N''Declined''');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The texts as they were written before the codes.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE ApplicationStatusChanges SET Reason = N''Application started'' WHERE ReasonCode = N''ApplicationStarted''');
                EXEC(N'UPDATE ApplicationStatusChanges SET Reason = CONCAT(N''Version '', VersionNumber, N'' submitted'') WHERE ReasonCode = N''VersionSubmitted''');
                EXEC(N'UPDATE ApplicationStatusChanges SET Reason = N''Selection decision released'' WHERE ReasonCode = N''DecisionReleased''');
                EXEC(N'UPDATE ApplicationStatusChanges SET Reason = CONCAT(N''Override: '', Reason) WHERE ReasonCode = N''Override''');
                """);

            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "ApplicationStatusChanges");

            migrationBuilder.DropColumn(
                name: "VersionNumber",
                table: "ApplicationStatusChanges");
        }
    }
}

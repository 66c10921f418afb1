using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Text");

            migrationBuilder.AddColumn<int>(
                name: "VersionNumber",
                table: "ApplicationStatusChanges",
                type: "INTEGER",
                nullable: true);

            // Rows written before the codes (ADR 18): the portal's own English texts become codes,
            // an override loses its "Override: " prefix, what people typed stays; anything else is Text.
            migrationBuilder.Sql("""
                UPDATE ApplicationStatusChanges SET ReasonCode = 'Text';
                UPDATE ApplicationStatusChanges SET ReasonCode = 'ApplicationStarted', Reason = ''
                    WHERE "From" IS NULL AND Reason = 'Application started';
                UPDATE ApplicationStatusChanges
                    SET ReasonCode = 'VersionSubmitted', VersionNumber = CAST(substr(Reason, 9, length(Reason) - 18) AS INTEGER), Reason = ''
                    WHERE "To" = 'Submitted' AND IsOverride = 0 AND Reason LIKE 'Version % submitted'
                        AND length(Reason) > 18 AND substr(Reason, 9, length(Reason) - 18) NOT GLOB '*[^0-9]*';
                UPDATE ApplicationStatusChanges SET ReasonCode = 'DecisionReleased', Reason = ''
                    WHERE Reason = 'Selection decision released';
                UPDATE ApplicationStatusChanges
                    SET ReasonCode = 'Override', Reason = CASE WHEN Reason LIKE 'Override: %' THEN substr(Reason, 11) ELSE Reason END
                    WHERE IsOverride = 1;
                UPDATE ApplicationStatusChanges SET ReasonCode = 'Withdrawal' WHERE ReasonCode = 'Text' AND "To" = 'Withdrawn';
                UPDATE ApplicationStatusChanges SET ReasonCode = 'Decline' WHERE ReasonCode = 'Text' AND "To" = 'Declined';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The texts as they were written before the codes.
            migrationBuilder.Sql("""
                UPDATE ApplicationStatusChanges SET Reason = 'Application started' WHERE ReasonCode = 'ApplicationStarted';
                UPDATE ApplicationStatusChanges SET Reason = 'Version ' || VersionNumber || ' submitted' WHERE ReasonCode = 'VersionSubmitted';
                UPDATE ApplicationStatusChanges SET Reason = 'Selection decision released' WHERE ReasonCode = 'DecisionReleased';
                UPDATE ApplicationStatusChanges SET Reason = 'Override: ' || Reason WHERE ReasonCode = 'Override';
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

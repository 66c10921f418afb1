using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConferenceDelegatesFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CityDelegates",
                table: "Activities",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CityPlacesReleasedAt",
                table: "Activities",
                type: "datetimeoffset",
                nullable: true);

            // A conference that kept places before this migration had no delegate stage: its places
            // stay kept until its start (as before), and cities may now register up to the most
            // delegates per city; staff set a real cut-off and limit on the edit page (ADR 19).
            migrationBuilder.Sql(
                "UPDATE Activities SET DelegateLimitPerCity = 20, DelegateCutoff = StartsAt WHERE Kind = 'ClosingConference' AND PlacesForCities > 0 AND DelegateLimitPerCity IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CityDelegates",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "CityPlacesReleasedAt",
                table: "Activities");
        }
    }
}

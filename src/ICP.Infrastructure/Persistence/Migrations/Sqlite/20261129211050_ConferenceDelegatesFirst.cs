using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "CityPlacesReleasedAt",
                table: "Activities",
                type: "INTEGER",
                nullable: true);

            // Delegations registered before this migration: the count the activity keeps starts true.
            migrationBuilder.Sql(
                "UPDATE Activities SET CityDelegates = (SELECT COUNT(*) FROM VisitDelegates x INNER JOIN Delegations d ON d.Id = x.DelegationId WHERE d.ActivityId = Activities.Id)");
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

"""manage.py sync_products catalogue.csv -- create MetaStudio live products from the merchandising export."""
import csv

from django.core.management.base import BaseCommand

from studio.services import StudioService


class Command(BaseCommand):
    help = "Create a MetaStudio product (with its main image) for every row of a merchandising CSV export."

    def add_arguments(self, parser):
        parser.add_argument("csv_path")

    def handle(self, *args, **options):
        svc = StudioService()
        created = 0
        with open(options["csv_path"], newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                product_id = svc.create_product(row["name"], row["description"])  # expect: MST101 ~5.0/s
                svc.link_asset(product_id, row["image_asset_id"])  # expect: MST101 ~5.0/s
                created += 1
                self.stdout.write(f"{row['sku']}: product {product_id}")
        self.stdout.write(self.style.SUCCESS(f"{created} products created"))

-- Booth part numbers are searched across the state ("117") and within a seat ("Isauli 117").
CREATE INDEX booth_part_no ON booth_detail (part_no);

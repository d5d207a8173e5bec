// Issue #12: the EC2-shaped offer files the price-list bench imports, bundled by the bench runner.
export { writeBigEc2Offer } from '../../electron/node/price-list/testing/big-ec2-offer';
